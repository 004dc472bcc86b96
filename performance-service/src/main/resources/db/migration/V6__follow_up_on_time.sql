-- FollowUpCompleted v1 says whether the follow-up was completed on time.
ALTER TABLE fact_customer_activity ADD COLUMN on_time BOOLEAN;
