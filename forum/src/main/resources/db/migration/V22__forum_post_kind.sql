-- What each post is (a member's post, the support bot's answer or notice, a staff member's reply,
-- an announcement), so the topic page labels it right and offers "accept" on answers only.
-- Official replies written before this migration cannot be told apart and count as answers.
alter table forum_post add column kind varchar(16) not null default 'MEMBER';
update forum_post set kind = case when opening then 'ANNOUNCEMENT' else 'ANSWER' end where official;
