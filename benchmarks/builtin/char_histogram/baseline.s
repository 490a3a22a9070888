	.file	"prog.c"
	.text
	.p2align 4
	.type	read_num.constprop.0, @function
read_num.constprop.0:
.LFB14:
	.cfi_startproc
	movq	(%rsi), %rax
	leaq	buf(%rip), %r8
	cmpq	%rdi, %rax
	jb	.L2
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L7:
	addq	$1, %rax
	movq	%rax, (%rsi)
	cmpq	%rdi, %rax
	je	.L10
.L2:
	movzbl	(%r8,%rax), %ecx
	leal	-48(%rcx), %edx
	cmpb	$9, %dl
	ja	.L7
	cmpq	%rdi, %rax
	jnb	.L10
	movl	$1, %r9d
	addq	%r8, %rax
	addq	%r8, %rdi
	xorl	%ecx, %ecx
	subq	%r8, %r9
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L9:
	leaq	(%r9,%rax), %rdx
	leaq	(%rcx,%rcx,4), %rcx
	addq	$1, %rax
	movq	%rdx, (%rsi)
	movzbl	-1(%rax), %edx
	subl	$48, %edx
	movslq	%edx, %rdx
	leaq	(%rdx,%rcx,2), %rcx
	cmpq	%rax, %rdi
	je	.L1
.L6:
	movzbl	(%rax), %edx
	subl	$48, %edx
	cmpb	$9, %dl
	jbe	.L9
.L1:
	movq	%rcx, %rax
	ret
.L10:
	xorl	%ecx, %ecx
	jmp	.L1
	.cfi_endproc
.LFE14:
	.size	read_num.constprop.0, .-read_num.constprop.0
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %u\n"
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
	leaq	buf(%rip), %r15
	movl	$4194304, %edx
	movl	$1, %esi
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%r15, %rdi
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
	subq	$56, %rsp
	.cfi_def_cfa_offset 112
	movq	stdin(%rip), %rcx
	call	fread@PLT
	leaq	40(%rsp), %rsi
	movq	$0, 40(%rsp)
	movq	%rax, %r12
	movq	%rax, %rdi
	call	read_num.constprop.0
	movq	%r12, %rdi
	movq	%rax, 8(%rsp)
	call	read_num.constprop.0
	movq	40(%rsp), %rsi
	movq	%rax, %r10
	movq	%rax, 16(%rsp)
	movq	%rsi, %r13
	addq	%r10, %r10
	je	.L18
	movq	%rsi, %rax
	xorl	%ecx, %ecx
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L17:
	cmpq	%r12, %rax
	jb	.L19
	jmp	.L59
	.p2align 4,,10
	.p2align 3
.L22:
	addq	$1, %rax
	movl	$1, %ecx
	cmpq	%r12, %rax
	jnb	.L20
.L19:
	movzbl	(%r15,%rax), %ebx
	leal	-48(%rbx), %edx
	cmpb	$9, %dl
	ja	.L22
	jmp	.L99
	.p2align 4,,10
	.p2align 3
.L24:
	addq	$1, %rax
	movl	$1, %ecx
.L99:
	cmpq	%r12, %rax
	jnb	.L20
	movzbl	(%r15,%rax), %ebx
	leal	-48(%rbx), %edx
	cmpb	$9, %dl
	jbe	.L24
.L20:
	addq	$1, %rdi
	cmpq	%rdi, %r10
	jne	.L17
.L59:
	testb	%cl, %cl
	cmovne	%rax, %rsi
.L18:
	movq	%rsi, %rax
	cmpq	%r12, %rsi
	jb	.L26
	jmp	.L27
	.p2align 4,,10
	.p2align 3
.L28:
	cmpq	%rax, %r12
	je	.L27
.L26:
	movzbl	(%r15,%rax), %edx
	movq	%rax, %rcx
	addq	$1, %rax
	cmpb	$10, %dl
	jne	.L28
	movq	%rcx, %rax
.L27:
	addq	$1, %rax
	movq	%rax, 40(%rsp)
	cmpq	%rax, %r12
	jb	.L29
	movq	%r12, %rdx
	movq	8(%rsp), %rsi
	subq	%rax, %rdx
	cmpq	%rsi, %rdx
	jnb	.L102
.L29:
	movl	$1, %eax
.L16:
	addq	$56, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
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
.L102:
	.cfi_restore_state
	leaq	(%r15,%rax), %rdi
	leaq	cnt(%rip), %rbp
	xorl	%eax, %eax
	movl	$128, %ecx
	movq	%rdi, %rbx
	movq	%rdi, 24(%rsp)
	movq	%rbp, %rdi
	rep stosq
	movq	%rbx, %rax
	leaq	(%rsi,%rbx), %rcx
	testq	%rsi, %rsi
	je	.L33
.L32:
	movzbl	(%rax), %edx
	addq	$1, %rax
	addl	$1, 0(%rbp,%rdx,4)
	cmpq	%rcx, %rax
	jne	.L32
.L33:
	xorl	%r14d, %r14d
	leaq	.LC0(%rip), %rbx
	jmp	.L31
	.p2align 4,,10
	.p2align 3
.L34:
	addq	$1, %r14
	cmpq	$256, %r14
	je	.L103
.L31:
	movl	0(%rbp,%r14,4), %edx
	testl	%edx, %edx
	je	.L34
	movl	%r14d, %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	addq	$1, %r14
	call	printf@PLT
	cmpq	$256, %r14
	jne	.L31
.L103:
	xorl	%r14d, %r14d
	cmpq	$0, 16(%rsp)
	je	.L56
	movq	%r13, %rbx
	cmpq	%r12, %r13
	jb	.L37
	jmp	.L38
	.p2align 4,,10
	.p2align 3
.L40:
	addq	$1, %rbx
	cmpq	%r12, %rbx
	jnb	.L38
.L37:
	movzbl	(%r15,%rbx), %eax
	subl	$48, %eax
	cmpb	$9, %al
	ja	.L40
	cmpq	%r12, %rbx
	jnb	.L38
	xorl	%edx, %edx
	jmp	.L39
	.p2align 4,,10
	.p2align 3
.L44:
	subl	$48, %eax
	leaq	(%rdx,%rdx,4), %rdx
	addq	$1, %rbx
	cltq
	leaq	(%rax,%rdx,2), %rdx
	cmpq	%r12, %rbx
	jnb	.L42
.L39:
	movzbl	(%r15,%rbx), %eax
	leal	-48(%rax), %ecx
	cmpb	$9, %cl
	jbe	.L44
	jmp	.L101
	.p2align 4,,10
	.p2align 3
.L48:
	addq	$1, %rbx
.L101:
	cmpq	%r12, %rbx
	jnb	.L42
	movzbl	(%r15,%rbx), %eax
	subl	$48, %eax
	cmpb	$9, %al
	ja	.L48
	xorl	%esi, %esi
	cmpq	%r12, %rbx
	jb	.L47
	jmp	.L46
	.p2align 4,,10
	.p2align 3
.L50:
	subl	$48, %eax
	leaq	(%rsi,%rsi,4), %rcx
	addq	$1, %rbx
	cltq
	leaq	(%rax,%rcx,2), %rsi
	cmpq	%r12, %rbx
	jnb	.L46
.L47:
	movzbl	(%r15,%rbx), %eax
	leal	-48(%rax), %ecx
	cmpb	$9, %cl
	jbe	.L50
.L46:
	cmpq	%rdx, %rsi
	jb	.L29
	cmpq	%rsi, 8(%rsp)
	jb	.L29
.L58:
	xorl	%eax, %eax
	movl	$128, %ecx
	movq	%rbp, %rdi
	subq	%rdx, %rsi
	rep stosq
	movq	24(%rsp), %rax
	addq	%rax, %rdx
	leaq	(%rsi,%rdx), %rcx
	testq	%rsi, %rsi
	je	.L54
	.p2align 4,,10
	.p2align 3
.L53:
	movzbl	(%rdx), %eax
	addq	$1, %rdx
	addl	$1, 0(%rbp,%rax,4)
	cmpq	%rdx, %rcx
	jne	.L53
.L54:
	movl	0(%rbp), %edx
	movl	$1, %eax
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L52:
	movl	0(%rbp,%rax,4), %ecx
	cmpl	%ecx, %edx
	cmovb	%eax, %esi
	cmovb	%ecx, %edx
	addq	$1, %rax
	cmpq	$256, %rax
	jne	.L52
	leaq	.LC0(%rip), %rdi
	xorl	%eax, %eax
	addq	$1, %r14
	call	printf@PLT
	cmpq	%r14, 16(%rsp)
	je	.L56
	cmpq	%r12, %r13
	jnb	.L104
	movq	%rbx, %r13
	movq	%r13, %rbx
	cmpq	%r12, %r13
	jb	.L37
.L38:
	xorl	%esi, %esi
	xorl	%edx, %edx
	jmp	.L58
	.p2align 4,,10
	.p2align 3
.L42:
	xorl	%esi, %esi
	jmp	.L46
.L104:
	xorl	%ebx, %ebx
.L57:
	movq	%rbx, %rax
	movl	$128, %ecx
	movq	%rbp, %rdi
	xorl	%edx, %edx
	rep stosq
	xorl	%esi, %esi
	leaq	.LC0(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movq	16(%rsp), %rax
	addq	$1, %r14
	cmpq	%rax, %r14
	jb	.L57
.L56:
	xorl	%eax, %eax
	jmp	.L16
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.local	cnt
	.comm	cnt,1024,32
	.local	buf
	.comm	buf,4194304,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
