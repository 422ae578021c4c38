{
  "alg": "Ed25519",
  "keyId": "soi-hang-dev-2026",
  "signature": "utLl0MUe2FLpxSH8eFPaG54CT1U0GTdO8eW/s4YbGAr6lsfVfNPsnpm9CWODDYg1VuAy8bZ/cSMU7tFR+CKHCw=="
}
