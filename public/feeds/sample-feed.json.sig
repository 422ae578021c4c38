{
  "alg": "Ed25519",
  "keyId": "soi-hang-dev-2026",
  "signature": "avZ2/D2GIr5SO9mCAQ58MIyWrN+pne9b97EQoLEY/ysMxWQDpI4M+itFcHR/P1KBRmYybA/DoG8j457HsvUFBw=="
}
