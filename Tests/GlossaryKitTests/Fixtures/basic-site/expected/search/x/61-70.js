__glossarySearchShard("x/61-70",[["api",[1]],["application",[2]]]);
