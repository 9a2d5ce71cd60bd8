import { Role } from '../role';

/** Who is asking: a signed-in user (from their token) or nobody. */
export type Viewer = { userId: string; role: Role } | null;

export interface RequestWithViewer {
  headers: Record<string, string | string[] | undefined>;
  viewer?: Viewer;
}
