import type { ResponseBuilder } from 'ask-sdk-core';

/**
 * A card in the Alexa app: plain text (no SSML, no markup), short enough to read at a glance.
 * With an image it is a standard card, else a simple one.
 */
export interface Card {
  title: string;
  text: string;
  image?: { smallImageUrl: string; largeImageUrl: string };
}

/** Puts the card on the response. */
export function addCard(builder: ResponseBuilder, card: Card): void {
  if (card.image) {
    builder.withStandardCard(card.title, card.text, card.image.smallImageUrl, card.image.largeImageUrl);
  } else {
    builder.withSimpleCard(card.title, card.text);
  }
}
