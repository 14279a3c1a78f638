-- Supervisors' scopes (issue 18, docs/architecture.md "Roles"): each supervisor account has a
-- row in its tenant's `supervisors` table — the groups it may work on — stored, versioned and
-- synced like every row. Its group ids go in `member_ids`, so the group index finds the scopes
-- a deleted group must leave.

ALTER TABLE entries DROP CONSTRAINT entries_tbl_check;
ALTER TABLE entries ADD CONSTRAINT entries_tbl_check CHECK (tbl IN ('contacts', 'subLists', 'groups', 'supervisors'));

-- Supervisor accounts made before this migration start with an empty scope, written as new
-- changes of their tenant (cursors after the tenant's last), so clients pull them.
WITH supervisor AS (
  SELECT account.id, account.tenant_id, account.display_name,
    tenant.cursor + row_number() OVER (PARTITION BY account.tenant_id ORDER BY account.id) AS cursor
  FROM accounts account JOIN tenants tenant ON tenant.id = account.tenant_id
  WHERE account.role = 'supervisor'
)
INSERT INTO entries (tenant_id, tbl, id, cursor, row, member_ids)
SELECT tenant_id, 'supervisors', id, cursor,
  json_build_object('id', id, 'name', display_name, 'groupIds', json_build_array(), 'version', cursor),
  ARRAY[]::text[]
FROM supervisor;

UPDATE tenants SET cursor = tenants.cursor + added.count
FROM (SELECT tenant_id, count(*) AS count FROM accounts WHERE role = 'supervisor' GROUP BY tenant_id) added
WHERE added.tenant_id = tenants.id;
