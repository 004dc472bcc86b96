-- The roster replica is the platform's now (tables roster_replica_rep and roster_replica_team from db/roster, kept
-- by the subscription "roster", which reads sales.performance.events from its beginning): this service's own copy,
-- which kept only each rep's team, and its inbox entries go.
DROP TABLE roster_rep;
DELETE FROM inbox_message WHERE consumer = 'orders-service.roster-replica';
