-- Units that ceased to exist while their list was still in use (issue 14 item 7): Resolution 1246/NQ-UBTVQH15
-- removed 6 Lạng Sơn communes from 1 Dec 2024, seven months before the two-tier list (VN-2025) took over.
-- `ended_on` is the first day the unit no longer exists; a figure of a period counts the units that existed
-- when it began, so the denominators of the first half of 2025 leave them out. The data is
-- db/units/data/unit-endings.json (applied when a list is loaded); this sets it on lists loaded before.
ALTER TABLE admin_unit ADD COLUMN ended_on TEXT;
ALTER TABLE admin_unit ADD COLUMN end_basis TEXT NOT NULL DEFAULT '';
UPDATE admin_unit SET ended_on = '2024-12-01', end_basis = 'Nghị quyết 1246/NQ-UBTVQH15'
WHERE list_version = 'VN-2004' AND code IN ('06007', '06040', '06295', '06301', '06574', '06454');
