__glossarySearchShard("x/65-78",[["example",[1]]]);
