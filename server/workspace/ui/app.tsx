import { useEffect, useState } from "preact/hooks";
import { ApiError, api } from "./api";
import { I18nContext, type Language, translator } from "./i18n";
import { type Me, MeContext } from "./me";
import { useLocation } from "./navigation";
import { Accounts } from "./pages/accounts";
import { Audit } from "./pages/audit";
import { Followed } from "./pages/followed";
import { Login } from "./pages/login";
import { Publish } from "./pages/publish";
import { Queue } from "./pages/queue";
import { SubmissionView } from "./pages/submission";
import { WarningEditor } from "./pages/warning-editor";
import { Warnings } from "./pages/warnings";
import { Layout } from "./parts/layout";

const LANG_KEY = "soi-hang-workspace-lang";

function Page({ path, search }: { path: string; search: string }) {
  const submission = /^\/workspace\/r\/([0-9a-f-]{36})$/.exec(path);
  if (submission?.[1]) return <SubmissionView id={submission[1]} />;
  const warning = /^\/workspace\/warnings\/([a-z0-9-]+)$/.exec(path);
  if (path === "/workspace/warnings/new") return <WarningEditor />;
  if (warning?.[1]) return <WarningEditor id={warning[1]} />;
  if (path === "/workspace/warnings") return <Warnings />;
  if (path === "/workspace/publish") return <Publish />;
  if (path === "/workspace/followed") return <Followed />;
  if (path === "/workspace/audit") return <Audit />;
  if (path === "/workspace/accounts") return <Accounts />;
  return <Queue search={search} />;
}

export function App() {
  const [lang, setLangState] = useState<Language>(() =>
    localStorage.getItem(LANG_KEY) === "en" ? "en" : "vi",
  );
  const [me, setMe] = useState<Me | null>();
  const where = useLocation();
  const setLang = (next: Language) => {
    localStorage.setItem(LANG_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  };
  const loadMe = () =>
    api<Me>("/me").then(setMe, (e: unknown) => {
      if (e instanceof ApiError && e.status === 401) setMe(null);
      else throw e;
    });
  useEffect(() => {
    document.documentElement.lang = lang;
    void loadMe();
  }, []);
  const t = translator(lang);
  useEffect(() => {
    document.title = t("app_title");
  }, [lang]);
  return (
    <I18nContext.Provider value={{ t, lang, setLang }}>
      {me === undefined ? (
        <p class="muted">{t("loading")}</p>
      ) : me === null ? (
        <Login onSignedIn={() => void loadMe()} />
      ) : (
        <MeContext.Provider value={me}>
          <Layout current={where.path}>
            <Page path={where.path} search={where.search} />
          </Layout>
        </MeContext.Provider>
      )}
    </I18nContext.Provider>
  );
}
