import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: given once to the reporter, stored only as its hash. */
export const newStatusToken = () => randomBytes(32).toString("base64url");

export const tokenHash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
