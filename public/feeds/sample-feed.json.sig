{
  "alg": "Ed25519",
  "keyId": "soi-hang-dev-2026",
  "signature": "k2N4JtE4sufEoEju41zaDbvxAoJIjAGVJjgWpwe+z7mtkI+elmyiU9uTrfhR9zL+dZuAZ7pevAgZ6Cd9vvBgCg=="
}
