# docker-compose: the two site instances at their fixed addresses (docker-compose.yml), which are also the
# only addresses allowed to purge. Written by: node docker/varnish/write-backends.mjs docker/varnish/compose-backends.vcl --web 172.29.90.11:3000 --web 172.29.90.12:3000 --purger 172.29.90.11 --purger 172.29.90.12
backend web_1 {
    .host = "172.29.90.11";
    .port = "3000";
    .probe = web_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}
backend web_2 {
    .host = "172.29.90.12";
    .port = "3000";
    .probe = web_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}
acl purgers {
    "172.29.90.11";
    "172.29.90.12";
}
sub vcl_init {
    new web = directors.round_robin();
    web.add_backend(web_1);
    web.add_backend(web_2);
}
