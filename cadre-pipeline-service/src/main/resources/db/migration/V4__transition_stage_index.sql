-- Statistics and talk rules ask "when did this cadre reach stage X": answer from the index.
create index reserve_cadre_transition_cadre_stage on reserve_cadre_transition (cadre_id, to_stage, occurred_on);
