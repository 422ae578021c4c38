{
  "alg": "Ed25519",
  "keyId": "soi-hang-dev-2026",
  "signature": "3kBxFaM8jOp3EkCuvDUGhaU84LV2iAor98GycS1u57nxQ8eHuEwUZ+7Qe0wIiehQIfXVEJAx2SQaFXPu9sQiBQ=="
}
