/** The events shown: the model (in date order, with tracks and labels) and where each event is in it, by id. */
import type { TimelineItem, TimelineModel } from '../core/model.js';

export class ShownEvents {
  /** The model drawn, or null: no data, or its words are on their way. */
  model: TimelineModel | null = null;
  /** A word shown with events that are new or changed since the reader saw them ("New"), by id. */
  notes: ReadonlyMap<string, string> | undefined;
  /** Where each event is in date order, by id: built on first need (the first paint of 100,000 events skips it). */
  #positions: Map<string, number> | null = null;

  show(model: TimelineModel | null): void {
    this.model = model;
    this.#positions = null;
  }

  get items(): readonly TimelineItem[] {
    return this.model?.items ?? [];
  }

  /** Where an event is in date order. */
  at(id: string | null | undefined): number | undefined {
    const items = this.items;
    if (id == null) return undefined;
    if (id === items[0]?.event.id) return 0;
    return (this.#positions ??= new Map(items.map((it, i) => [it.event.id, i]))).get(id);
  }

  /** The shown event with this id. */
  item(id: string | null | undefined): TimelineItem | undefined {
    return this.items[this.at(id) ?? -1];
  }
}
