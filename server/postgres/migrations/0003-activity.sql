-- The activity log (server/core/activity.ts, docs/api.md "Activity"): one row per applied or
-- merged edit, written in the edit's transaction. Numbers are per tenant and never come back:
-- the tenant keeps the last one given, apart from the entries retention trims.

ALTER TABLE tenants ADD COLUMN last_activity_id bigint NOT NULL DEFAULT 0;

CREATE TABLE activity (
  tenant_id text NOT NULL REFERENCES tenants (id),
  id bigint NOT NULL,
  -- Milliseconds since the epoch, as the core counts time.
  at bigint NOT NULL,
  account_id text NOT NULL,
  intent_name text NOT NULL,
  -- 'table/id' of every row the edit touched, for a row's history.
  row_keys text[] NOT NULL,
  -- The whole entry as the core gives it (json, as the rows: values may hold any text).
  entry json NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX activity_by_account ON activity (tenant_id, account_id, id);
CREATE INDEX activity_by_time ON activity (tenant_id, at);
CREATE INDEX activity_by_row ON activity USING gin (row_keys);
