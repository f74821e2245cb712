__glossarySearchShard("n/61-6c",[["alert",[4,4]]]);
