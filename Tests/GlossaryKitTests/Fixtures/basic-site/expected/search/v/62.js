__glossarySearchShard("v/62",{"names":["b","beta"],"text":["body","bold","brackets"]});
