__glossarySearchShard("x/61",[["a","D"]]);
