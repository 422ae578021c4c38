{
  "alg": "Ed25519",
  "keyId": "soi-hang-dev-2026",
  "signature": "9B8MEKsi30sPnxaPlgq7hwnjL3dc7TxADPWpYbp4wVt7VLNdGNc8xHyL+bmSQ8hFM9UWQpTKBFymATUyjaD0CA=="
}
