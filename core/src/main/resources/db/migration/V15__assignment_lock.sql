-- One row that every instance locks (select ... for update) before it hands out tickets: two
-- instances serving the queue at once would otherwise give the same ticket twice, or fill an
-- agent past their capacity. A row lock works alike on PostgreSQL and on the embedded H2.
create table assignment_lock (
    id integer primary key
);
insert into assignment_lock (id) values (1);
