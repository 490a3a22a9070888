	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d %d"
.LC1:
	.string	"%d"
.LC2:
	.string	"%lld %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB13:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%eax, %eax
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	leaq	.LC0(%rip), %rbx
	movq	%rbx, %rdi
	subq	$56, %rsp
	.cfi_def_cfa_offset 112
	leaq	32(%rsp), %rcx
	leaq	28(%rsp), %rdx
	leaq	24(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L3
	movl	24(%rsp), %eax
	subl	$1, %eax
	cmpl	$100003, %eax
	jbe	.L51
.L3:
	addq	$56, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
.L51:
	.cfi_restore_state
	movl	28(%rsp), %ebp
	cmpl	$200004, %ebp
	ja	.L3
	leaq	4(,%rax,4), %rdx
	movl	$255, %esi
	leaq	4+head(%rip), %rdi
	call	memset@PLT
	testl	%ebp, %ebp
	je	.L6
	xorl	%r15d, %r15d
	leaq	44(%rsp), %r13
	leaq	40(%rsp), %r12
	leaq	36(%rsp), %rbp
	leaq	head(%rip), %r14
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L52:
	movl	40(%rsp), %eax
	leaq	to(%rip), %rdi
	movl	%eax, (%rdi,%r15,4)
	movl	44(%rsp), %eax
	leaq	wt(%rip), %rdi
	movl	%eax, (%rdi,%r15,4)
	movslq	36(%rsp), %rax
	leaq	nxt(%rip), %rdi
	movl	(%r14,%rax,4), %edx
	movl	%r15d, (%r14,%rax,4)
	movl	%edx, (%rdi,%r15,4)
	addq	$1, %r15
	cmpl	%r15d, 28(%rsp)
	jle	.L6
.L5:
	xorl	%eax, %eax
	movq	%r13, %rcx
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	je	.L52
	jmp	.L3
.L53:
	movl	%r9d, %r12d
	testb	%dl, %dl
	je	.L24
	movl	%eax, hsize(%rip)
.L24:
	testl	%r12d, %r12d
	jle	.L34
	leaq	8+dist(%rip), %rdx
	leal	-1(%r12), %ecx
	xorl	%esi, %esi
	leaq	8(%rdx), %rax
	leaq	(%rax,%rcx,8), %rdi
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L26:
	movq	(%rdx), %rax
	addq	$8, %rdx
	addq	%rax, %rsi
	notq	%rax
	shrq	$63, %rax
	addl	%eax, %ecx
	cmpq	%rdi, %rdx
	jne	.L26
.L25:
	movl	%ecx, %edx
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
.L6:
	movl	32(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 32(%rsp)
	testl	%eax, %eax
	je	.L3
	xorl	%eax, %eax
	leaq	44(%rsp), %rsi
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L3
	movl	24(%rsp), %r12d
	testl	%r12d, %r12d
	jle	.L12
	movl	%r12d, %edx
	movl	$255, %esi
	leaq	8+dist(%rip), %rdi
	salq	$3, %rdx
	call	memset@PLT
.L12:
	movslq	44(%rsp), %rdx
	xorl	%esi, %esi
	leaq	dist(%rip), %rbx
	xorl	%ecx, %ecx
	movl	$1, hsize(%rip)
	leaq	hval(%rip), %rdi
	movl	$1, %eax
	leaq	to(%rip), %r13
	movq	%rcx, (%rbx,%rdx,8)
	leaq	nxt(%rip), %r14
	movq	%rsi, hkey(%rip)
	leaq	hkey(%rip), %rsi
	movl	%edx, hval(%rip)
	xorl	%edx, %edx
.L11:
	leal	-1(%rax), %r10d
	movl	%r12d, %r9d
	movslq	%r10d, %r10
.L16:
	testl	%eax, %eax
	jle	.L53
	subl	$1, %eax
	movq	(%rsi), %r15
	movl	(%rdi), %r12d
	movq	(%rsi,%r10,8), %rbp
	movl	(%rdi,%r10,4), %r11d
	cmpl	$1, %eax
	jle	.L29
	movq	%r15, (%rsp)
	movl	$1, %r8d
	xorl	%edx, %edx
	movl	%r12d, 12(%rsp)
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L55:
	movslq	%ecx, %r15
	movq	(%rsi,%r15,8), %r15
	cmpq	%r12, %r15
	jge	.L31
	movq	%r15, %r12
	cmpq	%r12, %rbp
	jle	.L47
.L56:
	movslq	%ecx, %r8
	movq	%r12, (%rsi,%rdx,8)
	movl	(%rdi,%r8,4), %r8d
	movl	%r8d, (%rdi,%rdx,4)
	leal	1(%rcx,%rcx), %r8d
	cmpl	%r8d, %eax
	jle	.L54
	movslq	%ecx, %rdx
.L15:
	movslq	%r8d, %r12
	leal	2(%rdx,%rdx), %ecx
	movq	(%rsi,%r12,8), %r12
	cmpl	%ecx, %eax
	jg	.L55
.L31:
	movl	%r8d, %ecx
	cmpq	%r12, %rbp
	jg	.L56
.L47:
	movq	(%rsp), %r15
	movl	12(%rsp), %r12d
.L13:
	movq	%rbp, (%rsi,%rdx,8)
	movslq	%r12d, %rbp
	subq	$1, %r10
	movl	%r11d, (%rdi,%rdx,4)
	movl	$1, %edx
	cmpq	%r15, (%rbx,%rbp,8)
	jne	.L16
	leaq	head(%rip), %rcx
	movl	%r9d, %r12d
	movslq	(%rcx,%rbp,4), %r9
	cmpl	$-1, %r9d
	jne	.L22
	jmp	.L17
	.p2align 4,,10
	.p2align 3
.L57:
	testq	%rdx, %rdx
	js	.L35
	movslq	(%r14,%r9,4), %r9
	cmpl	$-1, %r9d
	je	.L17
.L22:
	movl	0(%r13,%r9,4), %r10d
	leaq	wt(%rip), %rcx
	movslq	(%rcx,%r9,4), %r8
	movslq	%r10d, %rcx
	movq	(%rbx,%rcx,8), %rdx
	addq	%r15, %r8
	cmpq	%r8, %rdx
	jle	.L57
.L35:
	movq	%r8, (%rbx,%rcx,8)
	leal	1(%rax), %r11d
	testl	%eax, %eax
	jg	.L21
	jmp	.L33
	.p2align 4,,10
	.p2align 3
.L59:
	movl	(%rdi,%rcx,4), %ecx
	movq	%rbp, (%rsi,%rdx,8)
	movl	%ecx, (%rdi,%rdx,4)
	testl	%eax, %eax
	je	.L58
.L21:
	movslq	%eax, %rdx
	leal	-1(%rdx), %eax
	sarl	%eax
	movslq	%eax, %rcx
	movq	(%rsi,%rcx,8), %rbp
	cmpq	%rbp, %r8
	jl	.L59
.L20:
	movq	%r8, (%rsi,%rdx,8)
	movl	%r11d, %eax
	movl	%r10d, (%rdi,%rdx,4)
.L60:
	movslq	(%r14,%r9,4), %r9
	cmpl	$-1, %r9d
	jne	.L22
.L17:
	movl	$1, %edx
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L58:
	xorl	%edx, %edx
	movl	%r11d, %eax
	movq	%r8, (%rsi,%rdx,8)
	movl	%r10d, (%rdi,%rdx,4)
	jmp	.L60
	.p2align 4,,10
	.p2align 3
.L54:
	movq	(%rsp), %r15
	movl	12(%rsp), %r12d
	movslq	%ecx, %rdx
	jmp	.L13
.L33:
	movslq	%eax, %rdx
	jmp	.L20
.L29:
	xorl	%edx, %edx
	jmp	.L13
.L34:
	xorl	%ecx, %ecx
	xorl	%esi, %esi
	jmp	.L25
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.local	hsize
	.comm	hsize,4,4
	.local	hval
	.comm	hval,1200040,32
	.local	hkey
	.comm	hkey,2400080,32
	.local	dist
	.comm	dist,800040,32
	.local	wt
	.comm	wt,800020,32
	.local	to
	.comm	to,800020,32
	.local	nxt
	.comm	nxt,800020,32
	.local	head
	.comm	head,400020,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
