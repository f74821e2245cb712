__glossarySearchShard("x/66-69",[["filed","K"]]);
