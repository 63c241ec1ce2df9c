import { describe, expect, it } from 'vitest';
import { gpiomonArgs, parseGpiomonLine, parseGpiomonVersion } from './gpiomon-output';

describe('gpiomon output', () => {
  it.each([
    ['17 0', { offset: 17, edge: 'falling' }],
    ['17 1', { offset: 17, edge: 'rising' }],
    ['27 falling', { offset: 27, edge: 'falling' }],
    ['27 rising\r', { offset: 27, edge: 'rising' }],
    ['17 1 1051165 516409561', { offset: 17, edge: 'rising', edgeUs: 1_051_165_516_409 }],
    ['17 1 1051165 9561', { offset: 17, edge: 'rising', edgeUs: 1_051_165_000_009 }],
    ['22 falling 1051165.5164', { offset: 22, edge: 'falling', edgeUs: 1_051_165_516_400 }],
    [
      'event: FALLING EDGE offset: 17 timestamp: [1051165.516409561]',
      { offset: 17, edge: 'falling', edgeUs: 1_051_165_516_409 },
    ],
    [
      'event:  RISING EDGE offset: 4 timestamp: [     123.000000001]',
      { offset: 4, edge: 'rising', edgeUs: 123_000_000 },
    ],
  ])('reads %j', (line, edge) => {
    expect(parseGpiomonLine(line)).toEqual(edge);
  });

  it.each(['', 'gpiomon: error', '17', 'abc 1'])('ignores %j', (line) => {
    expect(parseGpiomonLine(line)).toBeUndefined();
  });

  it('tells libgpiod 1.x from 2.x', () => {
    expect(parseGpiomonVersion('gpiomon (libgpiod) v1.6.3\nCopyright')).toBe(1);
    expect(parseGpiomonVersion('gpiomon (libgpiod) v2.1.2')).toBe(2);
    expect(parseGpiomonVersion('something else')).toBeUndefined();
  });

  it('asks each version for the format the parser reads, with the pull-up on', () => {
    expect(gpiomonArgs(1, 'gpiochip0', [17, 27])).toEqual([
      '-b',
      '-B',
      'pull-up',
      '-F',
      '%o %e %s %n',
      'gpiochip0',
      '17',
      '27',
    ]);
    expect(gpiomonArgs(2, 'gpiochip0', [17])).toEqual([
      '-c',
      'gpiochip0',
      '-b',
      'pull-up',
      '-F',
      '%o %E %S',
      '17',
    ]);
  });
});
