import { ComponentType, lazy, LazyExoticComponent } from 'react';

/**
 * A page loaded when first visited, so that the link worker's search does not download the leader's
 * workspace or the staff pages. Pages are named exports; React.lazy wants a default one.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
