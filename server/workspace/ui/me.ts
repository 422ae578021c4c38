import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Capability } from "../../accounts/roles";
import type { Role } from "../../db/tables";

/** The signed-in staff member, as /workspace/api/me says. */
export interface Me {
  username: string;
  displayName: string;
  role: Role;
  office: { id: string; name: string; province: string | null };
  can: Record<Capability, boolean>;
}

export const MeContext = createContext<Me | undefined>(undefined);
export const useMe = () => {
  const me = useContext(MeContext);
  if (!me) throw new Error("no one is signed in");
  return me;
};
