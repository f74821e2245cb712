__glossarySearchShard("n/61-70",[["api",[1,1]],["apis",[1,257]],["application",[1,128]]]);
