-- Keycloak keeps its own database beside GridCase's in the compose stack's PostgreSQL.
create database keycloak owner gridcase;
