-- A departed rep stays in rep_view (history, old appraisals) with the date they left.
ALTER TABLE rep_view ADD COLUMN departed_on DATE;
