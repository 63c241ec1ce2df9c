import type { BoardUsage } from './deploy-board-usage';
import type { MatchUsage } from './deploy-match-usage';

/**
 * Public on-demand list prices (USD, us-east-1), as published on the AWS pricing pages and
 * written down on 2026-11-23; they could not be re-checked from the machine that runs this
 * bench. eu-west-1, where ask-resources.json deploys, lists DynamoDB about 13% higher and the
 * rest the same. No free tier is applied.
 */
export const PRICES = {
  takenOn: '2026-11-23',
  lambdaPerMillionRequests: 0.2,
  lambdaArmPerGbSecond: 0.0000133334,
  dynamoPerMillionWriteUnits: 0.625,
  dynamoPerMillionReadUnits: 0.125,
  dynamoStoragePerGbMonth: 0.25,
  dynamoPitrPerGbMonth: 0.2,
  iotPerMillionMessages: 1.0,
  iotPerMillionShadowOperations: 1.25,
  iotPerMillionRulesTriggered: 0.15,
  iotPerMillionActions: 0.15,
  iotPerMillionConnectionMinutes: 0.08,
} as const;

/** The memory the template gives every function (MemorySize). */
export const LAMBDA_MEMORY_GB = 0.5;
const MINUTES_PER_MONTH = 60 * 24 * 30;

export interface MonthlyCost {
  lines: Array<{ item: string; quantity: string; usd: number }>;
  totalUsd: number;
}

/**
 * What `matchesPerMonth` matches cost in a month, plus one table connected all month.
 * Lambda time is billed per millisecond on the measured handler time (warm); cold starts,
 * logs and storage of a few kilobytes per match are left out (cents at most).
 */
export function monthlyCost(usage: MatchUsage, matchesPerMonth: number): MonthlyCost {
  const per = (count: number) => count * matchesPerMonth;
  const million = (count: number, price: number) => (count / 1e6) * price;
  const gbSeconds = (per(usage.lambdaMs) / 1000) * LAMBDA_MEMORY_GB;
  const lines = [
    {
      item: 'Lambda requests',
      quantity: `${per(usage.lambdaInvocations).toFixed(0)}`,
      usd: million(per(usage.lambdaInvocations), PRICES.lambdaPerMillionRequests),
    },
    {
      item: 'Lambda compute (arm64, 512 MB)',
      quantity: `${gbSeconds.toFixed(1)} GB-s`,
      usd: gbSeconds * PRICES.lambdaArmPerGbSecond,
    },
    {
      item: 'DynamoDB write request units',
      quantity: `${per(usage.writeUnits).toFixed(0)}`,
      usd: million(per(usage.writeUnits), PRICES.dynamoPerMillionWriteUnits),
    },
    {
      item: 'DynamoDB read request units',
      quantity: `${per(usage.readUnits).toFixed(0)}`,
      usd: million(per(usage.readUnits), PRICES.dynamoPerMillionReadUnits),
    },
    {
      item: 'IoT Core messages',
      quantity: `${per(usage.iotMessages).toFixed(0)}`,
      usd: million(per(usage.iotMessages), PRICES.iotPerMillionMessages),
    },
    {
      item: 'IoT Core shadow operations',
      quantity: `${per(usage.shadowOperations).toFixed(0)}`,
      usd: million(per(usage.shadowOperations), PRICES.iotPerMillionShadowOperations),
    },
    {
      item: 'IoT Core rules + actions',
      quantity: `${per(usage.rulesTriggered).toFixed(0)}`,
      usd: million(
        per(usage.rulesTriggered),
        PRICES.iotPerMillionRulesTriggered + PRICES.iotPerMillionActions,
      ),
    },
    {
      item: 'IoT Core connection (1 table, all month)',
      quantity: `${MINUTES_PER_MONTH} min`,
      usd: million(MINUTES_PER_MONTH, PRICES.iotPerMillionConnectionMinutes),
    },
  ];
  return { lines, totalUsd: lines.reduce((sum, line) => sum + line.usd, 0) };
}

/** How a wall screen shows the web scoreboard: the assumption behind its monthly figure. */
export interface WallScreen {
  /** How often the page polls its snapshot while visible (the page's default: 2 s). */
  pollSeconds: number;
  hoursPerDay: number;
  daysPerMonth: number;
}

/** An office wall screen: visible during working hours on working days. */
export const OFFICE_WALL_SCREEN: WallScreen = { pollSeconds: 2, hoursPerDay: 8, daysPerMonth: 22 };

/** The memory the template gives the scoreboard function (MemorySize). */
export const BOARD_MEMORY_GB = 0.25;

/** Snapshot requests a screen makes in a month. */
export function boardRequestsPerMonth(screen: WallScreen): number {
  return ((screen.hoursPerDay * 3600) / screen.pollSeconds) * screen.daysPerMonth;
}

/**
 * What one screen polling the board costs in a month: a Lambda request per poll (the function
 * URL adds no charge of its own), its compute, the reads of each snapshot and a GetThingShadow
 * per table shown. Data sent back stays far below the 100 GB a month AWS does not charge for.
 */
export function boardMonthlyCost(usage: BoardUsage, screen: WallScreen): MonthlyCost {
  const requests = boardRequestsPerMonth(screen);
  const million = (count: number, price: number) => (count / 1e6) * price;
  const gbSeconds = ((requests * usage.lambdaMs) / 1000) * BOARD_MEMORY_GB;
  const lines = [
    {
      item: 'Lambda requests (function URL)',
      quantity: `${requests.toFixed(0)}`,
      usd: million(requests, PRICES.lambdaPerMillionRequests),
    },
    {
      item: 'Lambda compute (arm64, 256 MB)',
      quantity: `${gbSeconds.toFixed(1)} GB-s`,
      usd: gbSeconds * PRICES.lambdaArmPerGbSecond,
    },
    {
      item: 'DynamoDB read request units',
      quantity: `${(requests * usage.readUnits).toFixed(0)}`,
      usd: million(requests * usage.readUnits, PRICES.dynamoPerMillionReadUnits),
    },
    {
      item: 'IoT Core shadow operations (GetThingShadow)',
      quantity: `${(requests * usage.shadowReads).toFixed(0)}`,
      usd: million(requests * usage.shadowReads, PRICES.iotPerMillionShadowOperations),
    },
  ];
  return { lines, totalUsd: lines.reduce((sum, line) => sum + line.usd, 0) };
}
