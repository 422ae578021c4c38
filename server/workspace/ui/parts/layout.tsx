import type { ComponentChildren } from "preact";
import { api } from "../api";
import { useI18n } from "../i18n";
import { useMe } from "../me";
import { onLinkClick } from "../navigation";

function NavLink({
  path,
  current,
  children,
}: {
  path: string;
  current: string;
  children: ComponentChildren;
}) {
  const here =
    path === "/workspace/"
      ? current === path || current.startsWith("/workspace/r/")
      : current.startsWith(path);
  return (
    <a href={path} aria-current={here ? "page" : undefined} onClick={(e) => onLinkClick(e, path)}>
      {children}
    </a>
  );
}

/** The frame of every page: the office, the sections the role may use, the account, the language. */
export function Layout({ current, children }: { current: string; children: ComponentChildren }) {
  const { t, lang, setLang } = useI18n();
  const me = useMe();
  const signOut = async () => {
    await api("/logout", { body: {} }).catch(() => undefined);
    location.assign("/workspace/");
  };
  return (
    <>
      <header class="top">
        <div class="office">
          <strong>Soi Hàng</strong> · <span data-field="office">{me.office.name}</span>
        </div>
        <nav aria-label={t("app_title")}>
          <NavLink path="/workspace/" current={current}>
            {t("nav_queue")}
          </NavLink>
          <NavLink path="/workspace/warnings" current={current}>
            {t("nav_warnings")}
          </NavLink>
          <NavLink path="/workspace/publish" current={current}>
            {t("nav_publish")}
          </NavLink>
          <NavLink path="/workspace/followed" current={current}>
            {t("nav_followed")}
          </NavLink>
          {me.can.readAudit && (
            <NavLink path="/workspace/audit" current={current}>
              {t("nav_audit")}
            </NavLink>
          )}
          {me.can.manageAccounts && (
            <NavLink path="/workspace/accounts" current={current}>
              {t("nav_accounts")}
            </NavLink>
          )}
        </nav>
        <div class="account">
          <span data-field="user">
            {me.displayName} ({t(`role_${me.role}`)})
          </span>
          <button type="button" class="link" onClick={() => setLang(lang === "vi" ? "en" : "vi")}>
            {t("lang_switch")}
          </button>
          <button type="button" class="secondary" data-action="logout" onClick={() => void signOut()}>
            {t("logout")}
          </button>
        </div>
      </header>
      <main>{children}</main>
    </>
  );
}
