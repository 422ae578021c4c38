{
  "alg": "Ed25519",
  "keyId": "soi-hang-dev-2026",
  "signature": "K87bPz9BjCRzYtywt/SHC6pbXhJj/C6/4DajtQ1HXNLl9UoaajUwXFgkDeVnw05YojDGhvfvVOSWXmVqTVGVBA=="
}
