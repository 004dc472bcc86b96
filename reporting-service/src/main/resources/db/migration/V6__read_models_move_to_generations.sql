-- The read models now live in generations, one schema each (read_model_g<N>, tables from db/read-model), filled
-- from the topics' beginning by consumer groups of their own. What the public schema held is rebuilt there: the
-- topics keep every event. Only the reps' sales reports (this service's own aggregate) stay here.
DROP TABLE target_attainment, target_amount_history, roster_team, roster_rep, order_fact, order_line_fact,
    payment_fact, customer_fact, communication_fact, follow_up_fact, complaint_fact, prospecting_plan, risk_fact,
    opportunity_fact, opportunity_stage_fact, product_fact, course_completion_fact;
DELETE FROM inbox_message WHERE consumer LIKE 'reporting-service.%';
