-- Targets projected before their amount history was kept start it with the amount they were set with.
INSERT INTO target_amount_history (target_id, effective_at, amount)
SELECT t.target_id, t.set_at, t.target_amount FROM target_attainment t
WHERE NOT EXISTS (SELECT 1 FROM target_amount_history h WHERE h.target_id = t.target_id);
