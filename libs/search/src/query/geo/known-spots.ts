import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '@app/common';
import { placeFields } from '../../index/place-fields';
import { DirectoryChanges } from '../directory-changes';
import { SpotsKnown } from './exact-circle';

/**
 * Every spot a listing can be searched at (its venue's point), by grid square at every size, kept
 * from PostgreSQL: a circle's edge squares then name their spots without asking Meilisearch (listing
 * an edge's spots there cost 30–70 ms a search at 1 000 000 activities). It may hold more than the
 * index (moved venues keep their old spot until the next full read, a venue with no listing has
 * one): a spot with nothing at it matches nothing, so a circle's filter stays exact. Venues added
 * or moved are announced on commit and read at once, milliseconds before the outbox relay's copy
 * can be indexed; while the announcements cannot be heard, nothing is known and callers ask Meilisearch.
 */
@Injectable()
export class KnownSpots implements OnModuleInit, SpotsKnown {
  private bySquare?: SpotsBySquare;
  private changes = 0;
  private retry?: NodeJS.Timeout;
  /** Bumped whenever what is held may be incomplete: a read under way when it changes is read again. */
  private generation = 0;
  private listening = false;
  private reading = Promise.resolve();
  /** Venues announced and not yet read: read together, however many announcements brought them. */
  private unread = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly directoryChanges: DirectoryChanges,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.directoryChanges.subscribe({
      changed: (table, ids) => {
        if (table !== 'venues') return;
        if (ids === '*') this.readAll();
        else this.read([...ids]);
      },
      listening: () => {
        this.listening = true;
        this.readAll();
      },
      lost: () => {
        this.listening = false;
        this.forget();
      },
    });
  }

  /** Changes whenever what is known does. */
  get version(): number {
    return this.changes;
  }

  /** The spots in these grid squares (any sizes), or undefined when not known: ask Meilisearch. */
  inSquares(squares: readonly string[]): string[] | undefined {
    return this.bySquare?.inSquares(squares);
  }

  private forget(): void {
    this.generation++;
    this.changes++;
    this.bySquare = undefined;
  }

  /** Reads every venue afresh; until then nothing is known. */
  private readAll(): void {
    this.forget();
    const generation = this.generation;
    this.queue(async () => {
      if (generation !== this.generation) return;
      const rows: Point[] = await this.dataSource.query('SELECT DISTINCT latitude, longitude FROM venues');
      if (generation !== this.generation) return;
      this.bySquare = new SpotsBySquare();
      this.bySquare.add(rows);
      this.changes++;
    });
  }

  /** Adds the points of venues added or moved. */
  private read(ids: string[]): void {
    const due = this.unread.size > 0;
    for (const id of ids) this.unread.add(id);
    if (due) return;
    this.queue(async () => {
      const unread = [...this.unread];
      this.unread.clear();
      if (!this.bySquare) return; // a full read is due or under way, and sees them
      const generation = this.generation;
      const rows: Point[] = await this.dataSource.query('SELECT latitude, longitude FROM venues WHERE id = ANY($1::uuid[])', [unread]);
      if (generation !== this.generation || !this.bySquare) return;
      this.bySquare.add(rows);
      this.changes++;
    });
  }

  /** Reads one after another, so an older read never lands after a newer one. */
  private queue(read: () => Promise<void>): void {
    this.reading = this.reading.then(read).catch((err: unknown) => {
      this.logger.warn({ err }, 'could not read the places of venues; asking Meilisearch meanwhile');
      this.forget();
      clearTimeout(this.retry);
      this.retry = setTimeout(() => this.listening && this.readAll(), 5000).unref();
    });
  }
}

interface Point {
  latitude: number;
  longitude: number;
}

/** Spots by the grid squares holding them, at every size. */
export class SpotsBySquare implements SpotsKnown {
  private readonly spots = new Map<string, Set<string>>();
  private changes = 0;

  get version(): number {
    return this.changes;
  }

  add(points: readonly Point[]): void {
    this.changes++;
    for (const { latitude, longitude } of points) {
      const { spot, cells } = placeFields(latitude, longitude);
      for (const cell of cells) {
        const spots = this.spots.get(cell);
        if (spots) spots.add(spot);
        else this.spots.set(cell, new Set([spot]));
      }
    }
  }

  inSquares(squares: readonly string[]): string[] {
    return squares.flatMap((square) => [...(this.spots.get(square) ?? [])]);
  }
}
