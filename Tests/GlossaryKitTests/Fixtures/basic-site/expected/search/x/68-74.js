__glossarySearchShard("x/68-74",[["html",[4]]]);
