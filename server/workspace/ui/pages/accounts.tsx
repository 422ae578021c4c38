import { useState } from "preact/hooks";
import type { StaffUser } from "../../../accounts/users";
import { ApiError, api } from "../api";
import { useI18n } from "../i18n";
import { NotLoaded, Outcome, useLoad } from "../parts/ask";
import { Untrusted } from "../parts/text";

/** The office's accounts: added with a password shown once, locked, unlocked, reset. */
export function Accounts() {
  const { t } = useI18n();
  const [state, reload] = useLoad(() => api<{ accounts: StaffUser[] }>("/accounts"), "accounts");
  const [form, setForm] = useState({ username: "", displayName: "", role: "reviewer" });
  const [outcome, setOutcome] = useState<{ text?: string; error?: string }>({});
  const fail = (e: unknown) => setOutcome({ error: e instanceof ApiError ? e.reason : String(e) });
  const add = (event: Event) => {
    event.preventDefault();
    api<{ account: StaffUser; password: string }>("/accounts", { body: form }).then((r) => {
      setOutcome({ text: t("u_password_once", r.account.username, r.password) });
      setForm({ username: "", displayName: "", role: "reviewer" });
      reload();
    }, fail);
  };
  const act = (path: string, name?: string) =>
    api<{ password?: string }>(path, { body: {} }).then((r) => {
      setOutcome(r.password && name ? { text: t("u_password_once", name, r.password) } : {});
      reload();
    }, fail);
  return (
    <section>
      <h1>{t("u_title")}</h1>
      {state.kind !== "ok" ? (
        <NotLoaded state={state} />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("u_username")}</th>
              <th scope="col">{t("u_display")}</th>
              <th scope="col">{t("u_role")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {state.value.accounts.map((a) => (
              <tr key={a.id} data-account={a.username}>
                <td>
                  <code>{a.username}</code> {a.disabled && <span class="chip">{t("u_disabled")}</span>}
                </td>
                <td>
                  <Untrusted>{a.displayName}</Untrusted>
                </td>
                <td>{t(`role_${a.role}`)}</td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => void act(`/accounts/${a.id}/${a.disabled ? "enable" : "disable"}`)}
                  >
                    {a.disabled ? t("u_enable") : t("u_disable")}
                  </button>{" "}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => void act(`/accounts/${a.id}/reset-password`, a.username)}
                  >
                    {t("u_reset")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("u_add")}</h2>
      <form class="account-form" onSubmit={add}>
        <label>
          {t("u_username")}
          <input
            required
            value={form.username}
            onInput={(e) => setForm({ ...form, username: e.currentTarget.value })}
          />
        </label>
        <label>
          {t("u_display")}
          <input
            required
            value={form.displayName}
            onInput={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
          />
        </label>
        <label>
          {t("u_role")}
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.currentTarget.value })}>
            <option value="reviewer">{t("role_reviewer")}</option>
            <option value="publisher">{t("role_publisher")}</option>
            <option value="admin">{t("role_admin")}</option>
          </select>
        </label>
        <button type="submit" class="primary">
          {t("u_add")}
        </button>
      </form>
      <Outcome {...outcome} />
    </section>
  );
}
