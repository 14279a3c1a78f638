-- Issue 15: each tenant's history has a generation (server/core/storage.ts, docs/api.md), set
-- on purpose after a restore, a failover or a wipe. NULL: a tenant created before this
-- migration, whose generation is the fixed LEGACY_GENERATION.
ALTER TABLE tenants ADD COLUMN generation json;

-- An edit sent again under another client id (after a client's recovery) is found by its
-- idempotency key, which every stored outcome holds.
CREATE INDEX outcomes_by_key ON outcomes (tenant_id, (outcome ->> 'key'));
