-- Phone turns keep the recognizer's confidence, for officials reading a call's transcript.
alter table conversation_message add column asr_confidence double precision;
