__glossarySearchShard("v/63",{"names":[],"text":["code","compare"]});
