__glossarySearchShard("x/61-6c",[["alert",[4]],["also",[1]]]);
