-- The roster replica is the platform's now (roster_replica_rep and roster_replica_team, which each generation gets
-- from db/roster before these migrations, kept by the subscription "roster" with departures, promotions and
-- manager changes): this service's own copy and its inbox entries go.
DROP TABLE roster_rep, roster_team;
DELETE FROM inbox_message WHERE consumer = 'reporting-service.roster-replica';
