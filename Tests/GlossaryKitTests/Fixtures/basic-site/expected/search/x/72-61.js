__glossarySearchShard("x/72-61",[["raw",[4]]]);
