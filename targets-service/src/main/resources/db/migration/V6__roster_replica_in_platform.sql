-- The roster replica is the platform's now (tables roster_replica_rep and roster_replica_team from db/roster, kept
-- by the subscription "roster", which reads sales.performance.events from its beginning, promotions and manager
-- changes included): this service's own copy and its inbox entries go.
DROP TABLE roster_rep, roster_team;
DELETE FROM inbox_message WHERE consumer = 'targets-service.roster-replica';
