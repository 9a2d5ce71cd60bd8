import { Role } from './role';

/** Who is asking: a signed-in user (from their live session) or nobody. */
export type Viewer = {
  userId: string;
  role: Role;
  /** The session the request came with; absent for the system's own actors (imports, demo data). */
  sessionId?: string;
  /** Until they choose a new password, the user may do nothing else. */
  mustChangePassword?: boolean;
} | null;

export interface RequestWithViewer {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  /** Set once per request by the access guard. */
  viewer?: Viewer;
  res?: { setHeader(name: string, value: string | string[]): unknown; getHeader?(name: string): unknown };
}
