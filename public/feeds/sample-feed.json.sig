{
  "alg": "Ed25519",
  "keyId": "soi-hang-dev-2026",
  "signature": "SQ5MJSAnzd47uREeZX+ZIGbbOD5+aPDroCp1gZ2UCcidngJ+JJwSmLaVZ5HvGh5w7u8zwr7UrvcumA+q6LSZDg=="
}
