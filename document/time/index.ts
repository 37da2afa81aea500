// Time in one place: calendar arithmetic, ISO 8601 reading and writing, zone offsets.
export * from './calendar.js';
export * from './iso.js';
export * from './zones.js';
