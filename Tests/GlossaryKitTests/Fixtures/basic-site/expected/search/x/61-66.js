__glossarySearchShard("x/61-66",[["after",[2]]]);
