export const USAGE = `npm run intake -- [command] [options]

  (no command)      run the intake service
      --port <n>          port to listen on (default 8787)
      --host <address>    address to listen on (default 127.0.0.1; 0.0.0.0 behind a reverse proxy)
      --data <folder>     the embedded database's folder (default ./intake-data); ignored with DATABASE_URL
      --trust-proxy       take the client's address from X-Forwarded-For (only behind a proxy that sets it)
      --rate-limit <n>    reports one client address may send per minute (default 60)
      --max-in-flight <n> reports read and stored at once; more are answered 429 (default 64 on a
                          PostgreSQL server, 16 on the embedded database)
      --feed-dir <folder> also write each published feed there as static files (default ./intake-feeds)

  office add --id <slug> --name <name> [--province <province>] [--daily-cap <n>]
             [--feed-key <private key file>] [--public-url <https://…>] [--feed-extras <json file>]
             [--auto-publish <minutes>]
                    adds an office (or changes one): its intake is /api/reports/<slug>, /api/cases/<slug>;
                    its feed is signed with the key file (npm run feed -- keygen makes one; the key itself
                    never enters the database), served at /feeds/<slug>/feed.json; --feed-extras holds its
                    platforms, brands, signals and contacts ({"platforms": [...], ...})
  office list       lists the offices and their intake paths

  user add --office <slug> --username <name> --name <full name> --role reviewer|publisher|admin
            [--password-stdin]
                    adds a staff account of the review workspace (/workspace/); prints a new password
                    once, or takes the first line of standard input with --password-stdin

  state <receipt> <received|in_review|action_taken|declined> [--note <text>] [--note-en <text>]
                    sets what the reporter of <receipt> reads as its status

Environment: DATABASE_URL=postgres://user:password@host:5432/db uses a PostgreSQL server instead of the
embedded database (the same schema and migrations).`;
