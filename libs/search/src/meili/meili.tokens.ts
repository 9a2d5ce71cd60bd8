/** The Meilisearch client and the name of the live activities index. */
export const MEILI_CLIENT = Symbol('MEILI_CLIENT');
export const ACTIVITY_INDEX = Symbol('ACTIVITY_INDEX');
